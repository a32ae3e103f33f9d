"""Secret names in any language, in structured shapes (session 16, issue 17: names16.toml, from the shared
vocabulary bench/vocab.py).

1. a config key, constant, JSON/YAML key or XML element named with a password word of another language
   (Contrasena=, RPVA_MOT_DE_PASSE =, "senha":, portal.kennwort=, haslo:), a "$" inside the value too;
2. a PIN in an XML attribute (a BEA software certificate's pin="...") or in an element with attributes
   (<DevicePin enabled="true">);
3. an SQL settings row that sets the value of a row named as a secret (Relativity InstanceSetting);
4. "Service: user / password" lines of someone's notes;
5. a case's password list (an e-discovery tool's passwords.txt: one candidate per line; iac/credfiles.py).
References, GPIO pins, lengths, non-secret settings rows, "debug / release", lists of common passwords and a
handbook page named passwords.txt stay quiet.

Fixtures: tests/fixtures/s16_names/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s16_names"

HITS = {
    ("lexnet/lexnet-valencia.ini", 6): ("config-key-password-any-language", "Pleito$4417x"),
    ("docketeer/settings.py", 2): ("config-key-password-any-language", "Greffe*9921"),
    ("app/mail.json", 1): ("config-key-password-any-language", "Recife#2231q"),
    ("portal/zugang.properties", 3): ("config-key-password-any-language", "Akte7731Rk"),
    ("pl/app.yaml", 4): ("config-key-password-any-language", "Wisla#5521x"),
    ("bea/bea-client.xml", 4): ("xml-attribute-pin", "4839127"),
    ("dictation/dpm-profile.xml", 3): ("xml-element-pin", "8364"),
    ("relativity/instance-settings.sql", 3): ("sql-update-settings-secret-row", "Relay!7734q"),
    ("notes/logins.md", 3): ("notes-service-user-slash-password", "marigold58"),
    ("notes/logins.md", 4): ("notes-service-user-slash-password", "Aff1d4v1t%93"),
    ("nuix/lists/harbour-passwords.txt", 2): ("credential-file-password", "Marlow77"),
    ("nuix/lists/harbour-passwords.txt", 3): ("credential-file-password", "September2019!"),
    ("nuix/lists/harbour-passwords.txt", 4): ("credential-file-password", "Hollyhock58"),
}


def test_names_in_any_language_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_pins_numbers_and_settings_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


@pytest.mark.parametrize("script, pack", [("gen_names16.py", "names16.toml"), ("gen_words15.py", "words15.toml")])
def test_the_generated_packs_are_the_generator_output(tmp_path: Path, script: str, pack: str) -> None:
    """names16.toml and words15.toml are written by their generators from bench/vocab.py: an edit by hand would be
    lost, and a vocabulary edit must reach both."""
    import shutil
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    bench = tmp_path / "bench"
    bench.mkdir()
    for name in (script, "vocab.py"):
        shutil.copy(repo / "bench" / name, bench / name)
    out = tmp_path / "credgate" / "linter" / "rules"
    out.mkdir(parents=True)
    subprocess.run([sys.executable, str(bench / script)], check=True, capture_output=True)
    assert (out / pack).read_text(encoding="utf-8") == \
        (repo / "credgate" / "linter" / "rules" / pack).read_text(encoding="utf-8")
