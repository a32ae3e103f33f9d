"""Network devices and system credential files (credgate/linter/rules/netconf.toml): the tool's own grammar,
each as a real file, with the clean neighbours that the same files hold (hashes, type-7 encodings, key files,
stock communities, comments, templated values).  Values are drawn per test (tests/rand.py), never real."""
from __future__ import annotations

from pathlib import Path

from tests import rand
from tests.helpers import findings_by_line, scan_built_in


def _pw(n: int = 16) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    body = [rand.choice(alphabet) for _ in range(n)]
    body[n // 2] = rand.choice("#%+!")
    return "".join(body)


def _scan(tmp_path: Path, files: dict) -> dict:
    root = tmp_path / "host"
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    _, found = scan_built_in(root, tmp_path)
    return findings_by_line(found, root)


def test_each_tool_grammar_is_read(tmp_path: Path) -> None:
    v = {k: _pw() for k in ("sasl", "psk", "xauth", "user", "enable", "snmp", "tacacs", "comm", "com2sec", "sssd",
                             "ovpn")}
    by_line = _scan(tmp_path, {
        "etc/postfix/sasl_passwd": f"# relay credentials\n[smtp.mailgun.org]:587 postmaster@mg.example.com:{v['sasl']}\n",
        "etc/ipsec.secrets": f': RSA gw.key\n203.0.113.10 198.51.100.20 : PSK "{v["psk"]}"\n'
                             f': XAUTH fieldtech "{v["xauth"]}"\n',
        "backups/core-sw01.cfg": "hostname core-sw01\nenable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n"
                                 f"username netops privilege 15 password 0 {v['user']}\n"
                                 f"enable password {v['enable']}\n"
                                 f"snmp-server community {v['snmp']} RO\n"
                                 f"tacacs-server key 0 {v['tacacs']}\n",
        "etc/snmp/snmpd.conf": f"sysLocation substation 12\nrocommunity {v['comm']} 10.0.0.0/8\n"
                               f"com2sec readonly 10.20.0.0/16 {v['com2sec']}\n",
        "etc/sssd/sssd.conf": "[domain/grid]\nldap_default_bind_dn = cn=sssd,ou=svc,dc=grid,dc=example\n"
                              f"ldap_default_authtok = {v['sssd']}\n",
        "vpn/field.ovpn": f"client\nremote vpn.example.net 1194\n<auth-user-pass>\nfield-tech\n{v['ovpn']}\n"
                          "</auth-user-pass>\n",
    })
    expect = {
        ("etc/postfix/sasl_passwd", 2): ("postfix-sasl-password-map", v["sasl"]),
        ("etc/ipsec.secrets", 2): ("ipsec-secrets-psk", v["psk"]),
        ("etc/ipsec.secrets", 3): ("ipsec-secrets-psk", v["xauth"]),
        ("backups/core-sw01.cfg", 3): ("network-device-plaintext-password", v["user"]),
        ("backups/core-sw01.cfg", 4): ("network-device-plaintext-password", v["enable"]),
        ("backups/core-sw01.cfg", 5): ("network-device-plaintext-password", v["snmp"]),
        ("backups/core-sw01.cfg", 6): ("network-device-plaintext-password", v["tacacs"]),
        ("etc/snmp/snmpd.conf", 2): ("snmpd-community-string", v["comm"]),
        ("etc/snmp/snmpd.conf", 3): ("snmpd-community-string", v["com2sec"]),
        ("etc/sssd/sssd.conf", 3): ("sssd-ldap-authtok", v["sssd"]),
        ("vpn/field.ovpn", 5): ("openvpn-inline-auth-user-pass", v["ovpn"]),
    }
    for where, (rule, secret) in expect.items():
        f = by_line.get(where)
        assert f is not None, where
        assert f["secret"] == secret, (where, f["secret"])
        assert rule == f["rule_id"] or rule in f.get("also_matched", []), (where, f["rule_id"])
        # machine-random passwords in these files block at the gates' threshold
        assert f["severity"] in ("high", "critical"), (where, f["severity"])
    assert ("backups/core-sw01.cfg", 2) not in by_line  # an MD5-crypt enable secret is a hash


def test_hashes_encodings_key_files_and_templates_are_not_reported(tmp_path: Path) -> None:
    by_line = _scan(tmp_path, {
        "backups/edge-rtr.cfg": "hostname edge-rtr\n"
                                "username netops privilege 15 secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySC\n"
                                "username legacy password 7 0822455D0A16\n"
                                "snmp-server community public RO\n",
        "etc/ipsec.secrets": ": RSA /etc/ipsec.d/private/gw.key\n",
        "etc/snmp/snmpd.conf": "#rocommunity secret 10.0.0.0/16\nrocommunity public localhost\n",
        "etc/sssd/sssd.conf": "[domain/grid]\nldap_default_authtok_type = password\n"
                              "ldap_default_authtok = {{ sssd_bind_password }}\n",
        "vpn/field.ovpn": "client\nauth-user-pass /etc/openvpn/auth.txt\n",
        "etc/postfix/sasl_passwd": "# [smtp.example.com]:587 user:password\n",
    })
    # session 12: type 7 is a reversible encoding, reported by its own rule (devices.toml), never as clear text
    type7 = by_line.pop(("backups/edge-rtr.cfg", 3))
    assert type7["rule_id"] == "cisco-type7-password" and type7["secret"] == "0822455D0A16"
    assert by_line == {}
