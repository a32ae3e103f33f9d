"""Config lines whose key names a secret, in config syntaxes the key=value rules did not read (session 15,
shared mechanism A), through the CLI.

1. config files embedded in YAML (a ConfigMap's ``mosquitto.conf: |``, a compose ``configs: content: |``, an
   Ansible ``copy: content: |``) and device lines as YAML list items (Ansible ios_config/nxos_config ``lines:``,
   fortios_cli ``commands:``), read by credgate.linter.cfgview as the files they are;
2. space-separated daemon directives (mosquitto, keepalived auth_pass, nslcd bindpw, redis) and fused
   ``dnpass`` names; INI device exports whose key holds a space ("Write community="); Java Map toString in
   logs ("{..., passwd=X}");
3. one reference/envelope recogniser (filters.placeholder): $x.y$, @x.y@, %x.y%, [[ x ]], <%= x %>, ENC(...),
   Mule ![...], {cipher}...; hashes (type 5/9, {SSHA}, $6$) and references stay quiet.

Fixtures: tests/fixtures/s15_cfgline/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15_cfgline"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("airlines/haproxy.cfg", 4): ("haproxy-userlist-password", "Jv6rTq3XkW8m"),
    ("airlines/haproxy.cfg", 5): ("gateway-cli-user-password", "Lb7Nq2Wz9Rt4"),
    ("education/squid.conf", 2): ("proxy-mail-directive-password", "Cl4ssR00m7q"),
    ("gov/Permit.plist", 7): ("plist-secret", "Gv7Kq3Zt8Wm2"),
    ("gov/ansible/firewall.yml", 9): ("network-os-plaintext-secret", "Cl3rkOff1ce#8"),
    ("gov/ansible/firewall.yml", 17): ("conf-whitespace-secret", "Rg5tLq8vZw2K"),
    ("gov/reg/permitdesk.reg", 5): ("generic-password-assignment", "Pd6Wz2Kq8Lt4"),
    ("law/docserver-export.ini", 2): ("snmp-community-key-value", "rd8Kq2mZx7"),
    ("law/docserver-export.ini", 3): ("snmp-community-key-value", "wr4Tz9vLq3"),
    ("law/docserver-export.ini", 5): ("generic-password-assignment", "Lq8vRt3Zx6"),
    ("law/docserver-export.ini", 6): ("generic-password-assignment", "Mk5pWz7Qr2"),
    ("media/compose/docker-compose.yml", 11): ("redis-conf-password", "Ed1tB4yQz7Wm3"),
    ("media/transcoder-2026-10-02.log", 1): ("generic-password-assignment", "Fr4meR8te!Hq"),
    ("media/transcoder-2026-10-02.log", 2): ("generic-password-assignment", "Xn7vQ2kLw9Tz"),
    ("mining/asterisk-pjsip.conf", 5): ("generic-password-assignment", "Hv4uLq8Tz2Wm"),
    ("mining/dovecot-ldap.conf.ext", 3): ("generic-password-assignment", "Ore7Kq3vZt9W"),
    ("oilgas/rig-switches.yml", 6): ("network-device-plaintext-password", "k3jd92hf7s"),
    ("oilgas/rig-switches.yml", 7): ("network-device-plaintext-password", "Dr1ll#Rig42"),
    ("oilgas/rig-switches.yml", 8): ("network-device-plaintext-password", "Wellh3ad!77"),
    ("oilgas/rig-switches.yml", 9): ("network-device-plaintext-password", "Tq8mZ2vLx4"),
    ("oilgas/rig-switches.yml", 10): ("cisco-type7-password", "0822455D0A16"),
    ("oilgas/rig-switches.yml", 14): ("network-device-plaintext-password", "Pl4tf0rmK3y9"),
    ("pharma/chap-secrets", 2): ("credential-file-password", "Vz5qKm8TxR2w"),
    ("retail/hostapd.conf", 4): ("passphrase-assignment", "Sh3lfT4g9Kq2"),
    ("retail/keepalived.conf", 4): ("conf-whitespace-secret", "Kv7q2ZtL"),
    ("retail/raddb/clients.conf", 3): ("radius-secret-line", "Rd9TqX4mLz7v"),
    ("shipping/redis.conf", 3): ("redis-conf-password", "Hx8dLq2VzT6wNp4R"),
    ("shipping/redis.conf", 4): ("redis-conf-password", "Pw3nJk7YcB5sMf9Q"),
    ("telecom/mqtt-bridge-configmap.yaml", 11): ("conf-whitespace-secret", "Qm7TzRw4vKp9Lx2N"),
}


def test_config_lines_of_every_syntax_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_hashes_and_prose_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_reference_and_envelope_recogniser() -> None:
    from credgate.linter.filters import placeholder

    for v in ("$properties.as2_keystore_password$", "@db.password@", "%app.db.password%", "[[ .lms.db_password ]]",
              "<%= @admin_password %>", "ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)", "![opMSwI54YsLW1/y/FxayFp48W31u]",
              "{cipher}8a3f1c0b9d2e4f6a7b8c9d0e1f2a3b4c", "${DB_PASSWORD}", "{{ pw }}", "#{pw}", "__PW__"):
        assert placeholder(v), v
    for v in ("$Pa55word$", "Kq8$x$y", "Coolant7097$", "@Harbor2024", "Hx8dLq2VzT6wNp4R", "[Kq8]vLz3"):
        assert placeholder(v) is None, v


def test_embedded_views_keep_offsets() -> None:
    from credgate.linter import cfgview

    data = b'x:\n  lines:\n    - "enable secret 0 Ab3dEf9h"\n  a.conf: |\n    bindpw Qz1\nb: 1\n'
    got = dict(cfgview.views("p.yml", data))
    assert set(got) == {"p.yml!/a.conf", "p.yml!/" + cfgview.LINES_NAME}
    for view in got.values():
        assert len(view) == len(data) and view.count(b"\n") == data.count(b"\n")
    lines = got["p.yml!/" + cfgview.LINES_NAME].split(b"\n")
    assert lines[2] == b"       enable secret 0 Ab3dEf9h " and not lines[4].strip()
    assert got["p.yml!/a.conf"].split(b"\n")[4] == b"    bindpw Qz1"
    assert cfgview.views("p.yml", b"a: 1\nb:\n  - name: x\n  - --flag\n") == []
