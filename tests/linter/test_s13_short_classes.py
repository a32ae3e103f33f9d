"""Short and encoded credentials (session 13, issue 17), through the CLI.

1. short literal passwords in password slots: lower-case letters and digits that spell nothing (Go ``c.Password =
   "kqz4"``, a C# dictionary ``["FIVE9_PASSWORD"] = "xvb27"``) and six to eight capitals whose letter pairs no word
   holds (``Password=QZPLKEWA``); words (NONE, SECRET, STRING, REDACTED, CHANGEME), algorithm and format names
   (sha1, pbkdf2, pkcs12, utf8) and identifiers (dev01) stay quiet;
2. PINs: a CSV PIN column (``door_pin``), a 4-8 digit reply to a chat line asking for a PIN or code, a Wi-Fi
   passphrase told in chat; GPIO pins, postal pincodes, error and zip codes and network names stay quiet;
3. base64 ``user:password`` under a Basic-auth variable name (Terraform environment_variable, a CodeBuild JSON
   environment list, dotenv);
4. Composer auth.json: a licence key as an http-basic username (the password a site URL), github-oauth and bearer
   tokens;
5. a fastlane session cookie (myacinfo) in FASTLANE_SESSION;
6. an AKIA key ID in an expired presigned URL in a log: low (an exposed key ID, as the corpora label it).

Fixtures: tests/fixtures/s13_short_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

import base64
from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13_short_classes"


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


# (file under hit/, line) -> (rule, secret)
HITS = {
    ("go/five9.go", 10): ("generic-password-assignment", "kqz4"),
    ("cs/Bridge.cs", 4): ("generic-password-assignment", "xvb27"),
    ("ini/hvac-gateway.ini", 3): ("connection-string-password", "QZPLKEWA"),
    ("py/settings.py", 1): ("generic-password-assignment", "TRVBXOMQ"),
    ("csv/door-encoders.csv", 2): ("csv-password-column", "829104"),
    ("csv/door-encoders.csv", 3): ("csv-password-column", "3377"),
    ("chat/slack-frontdesk.txt", 2): ("chat-pin-reply-after-ask", "640218"),
    ("chat/slack-frontdesk.txt", 3): ("chat-wifi-passphrase", "Kelp-Harbour77"),
    ("chat/whatsapp-night.txt", 2): ("chat-pin-reply-after-ask", "9052"),
    ("chat/whatsapp-night.txt", 3): ("chat-wifi-passphrase", "Lantern4Quay"),
    ("tf/codebuild-android.tf", 5): ("name-value-basic-authorization-b64", _b64("svc-ios:Tamarisk-8841")),
    ("ci/build.env", 1): ("basic-authorization-b64-assignment", _b64("ci-bot:Gorse-Ridge-207")),
    ("ci/codebuild-env.json", 2): ("name-value-basic-authorization-b64", _b64("release:Quill-5530x")),
    ("composer/auth.json", 4): ("composer-auth-license-key-username", "Hq4Vz8LpXk2Rw7TnBc5Md9Fa"),
    ("composer/auth.json", 9): ("composer-auth-token-entry", "7d2e9b4c1a8f5e3d0b6c9a2f7e4d1b8c5a3f0e9d"),
    ("composer/auth.json", 12): ("composer-auth-token-entry", "Zr8Lq3Wm6Tx1Vn4Kp9Bd2Hs"),
}
COOKIE = ("fastlane/session.env", 1)
PRESIGNED = ("logs/cdn-access.log", 1)


def test_short_and_encoded_classes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    cookie = got.pop(COOKIE)
    assert cookie["rule_id"] == "fastlane-session-cookie" and cookie["secret"].startswith("DAWTKNV")
    assert cookie["secret"] in Path(root, COOKIE[0]).read_text()
    key = got.pop(PRESIGNED)
    assert key["rule_id"] == "aws-access-key-id" and key["severity"] == "low" and key["secret"].startswith("AKIA")
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_short_slot_passwords() -> None:
    from credgate.linter.filters import slot_short_password, unworded_letters

    for v in ("kqz4", "xvb27", "cvh1", "QZPLKEWA", "TRVBXOMQ", "HQTB1", "AVFBLQ", "Kxq58"):
        assert slot_short_password(v), v
    for v in ("NONE", "SECRET", "STRING", "REDACTED", "CHANGEME", "PASSWORD", "DISABLED", "OPTIONAL", "UNKNOWN",
              "sha1", "crc32", "pbkdf2", "pkcs12", "html5", "utf8", "HS256", "dev01", "app2", "web12", "db01",
              "pg14", "test1", "pass1", "abc1", "node16", "java11", "win10", "tls13"):
        assert not slot_short_password(v), v
    for w in ("REDACTED", "PASSWORD", "ENCRYPTED", "INTERNAL", "DEFAULT", "EXAMPLE", "PLAINTEXT", "KERBEROS"):
        assert not unworded_letters(w), w


def test_words_names_and_references_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
