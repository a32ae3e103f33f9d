"""Classes of session 20's fourth round (detection depth), each seen missed in corpus_fresh31 (a renewable-energy
operator's IT and OT) and written for the class, with other spellings and formats than the corpus's:

1. a password in the environment variable a CLI tool reads (``export SSHPASS='<season><year>$'``, ``LFTP_PASSWORD``):
   the seasonal-word drop of the generic rules does not apply there, while references stay quiet;
2. a token as the user of a URL with an empty password (pip/npm ``https://TOKEN:@pypi.fury.io/ORG/``), while a
   ``${VAR}`` reference and a plain index URL stay quiet;
3. OpenWrt/UCI ``option password|key|private_key 'X'``, while ``option key '1'``, ``'none'`` and ``$VAR`` stay quiet;
4. a pgpass line written by ``echo``/``printf | tee`` to a .pgpass file, while a reference stays quiet;
5. a tracking-service key (``FleetTrackingKey``), while an analytics ``TrackingKey`` and a reference stay quiet;
6. an all-caps random password in an INI ``password=`` line, while CHANGEME/REQUIRED/NAMES stay quiet;
7. a UUID API token after a token label (``Octopus API token = <uuid>``), while CSRF/request tokens stay quiet
   (and an OAuth ``access_token`` UUID of a config template: s13's clean fixture);
8. a Markdown table column headed credential / Kennwort (any language), while vault pointers and words stay quiet;
9. a relay or controller access level written with its level (``ACC (Level 1) = X``, ``Service level 2: X``),
   while the public factory defaults and percentages stay quiet;
10. a bare ``KEY``/``SCRIPTING_KEY`` constant of random lower-case letters and digits, while words and hex stay quiet;
11. ``USER / PASSWORD`` after a UI or login label in a script or config comment (not in source code: a path-limited
    rule on source files would load that database on every hook), while pointers and defaults stay quiet.

Fixtures: tests/fixtures/s20d_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s20d_classes"

HITS = {
    ("ops/scripts/mirror.sh", 2): ("cli-tool-password-env-var", "Winter2033$"),
    ("ops/scripts/mirror.sh", 4): ("generic-password-assignment", "Autumn2032#"),
    ("ops/scripts/mirror.sh", 5): ("login-user-slash-password-note", "Qx7Vt2Lm"),
    ("ops/docker/build.Dockerfile", 2): ("url-userinfo-token-empty-password", "Rk8vQm3xLz7Tp2WnHc5Jd9Fy4Bs6Ge"),
    ("ops/docker/build.Dockerfile", 3): ("url-userinfo-token-empty-password", "Xq4nWm8vKz2Rt7LpBd3Hc9Fj5Gs6Ty"),
    ("net/routers/rut955_backup.cfg", 4): ("uci-option-secret", "QTRVKMWZ"),
    ("net/routers/rut955_backup.cfg", 8): ("uci-option-secret", "SeaLoch-Ferry71"),
    ("net/routers/rut955_backup.cfg", 11): ("uci-option-secret", "mK3v8QzL1xT7pR2wN9cB4hF6jD0sY5gA8eU3iO7tVn4="),
    ("db/bootstrap/userdata.sh", 2): ("pgpass-line-written", "Gannet-6620x"),
    ("db/bootstrap/userdata.sh", 3): ("pgpass-line-written", "Vq7Lm2Px9Tz"),
    ("apps/fleet/appsettings.json", 3): ("asset-tracking-service-key", "Tq8vNm3xKz7Rp2WlHc5Jd9Fy4Bs6GeA1"),
    ("apps/fleet/appsettings.json", 4): ("generic-high-entropy-secret", "Lp4nWm8vKz2Rt7QxBd3Hc9Fj5Gs6TyE0"),
    ("ot/hmi/panel.ini", 3): ("ini-password-caps-random", "DUNMORAK"),
    ("ot/hmi/panel.ini", 6): ("ini-password-caps-random", "BRAEMOLT"),
    ("apps/market/settings.yaml", 2): ("generic-high-entropy-secret", "4c8e2a6f-1b3d-4f7a-9e5c-2d6b8a0f3e1c"),
    ("apps/market/settings.yaml", 3): ("uuid-token-labelled", "9b1d5f3a-7c2e-4a8b-b6d0-3e5f7a9c1d2b"),
    ("docs/wiki/vendor-remote.md", 5): ("markdown-table-password-column", "Skerry-4471x"),
    ("docs/wiki/vendor-remote.md", 7): ("markdown-table-password-column", "QRTVLKMX"),
    ("docs/wiki/fernzugang.md", 3): ("markdown-table-password-column", "Moewe-2291k"),
    ("ot/relays/feeder7_settings.txt", 2): ("relay-access-level-labelled-password", "TQ84LM2X"),
    ("ot/relays/feeder7_settings.txt", 3): ("relay-access-level-labelled-password", "Z7KQ3R"),
    ("comms/handover.eml", 6): ("relay-access-level-labelled-password", "KX48TP"),
    ("comms/handover.eml", 7): ("relay-access-level-labelled-password", "PW2N7R"),
    ("apps/market/pull_prices.py", 3): ("bare-key-constant-lowercase-random", "qmvtrelx4kzbwap"),
    ("apps/market/pull_prices.py", 4): ("bare-key-constant-lowercase-random", "hzq4mwkrtvplxe"),
}


def test_session_20d_classes_are_reported_and_block(tmp_path: Path) -> None:
    root = FIX / "hit"
    # run from the fixtures folder: reported paths carry no tests/fixtures prefix (rules skip test and fixture paths)
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])  # blocks at the default
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_defaults_pointers_and_words_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
