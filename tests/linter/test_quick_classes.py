"""Three classes found by blind corpora, through the CLI.

1. literal human-made passwords (word + digits + a symbol) under password-named keys in config files
   (INI, .env, a Maven pom) and as the default of a password-named argparse option;
2. Bitnami SealedSecret ``spec.encryptedData`` values are kubeseal ciphertext: never reported;
3. LaunchDarkly server-side SDK keys (``sdk-<uuid>``) and API access tokens (``api-<uuid>``), high.

Fixtures: tests/fixtures/quick_classes/{miss,clean} (synthetic test values).  They are scanned with an
empty config, since the repository's own .credgate.toml allowlists tests/fixtures/** by path.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "quick_classes"

# (file under miss/, line) -> (rule that must report it, lowest severity it may have)
MISSES = {
    ("config/app_test.ini", 5): ("generic-password-assignment", "medium"),  # password = Pelican1058$
    ("config/app_test.ini", 8): ("generic-password-assignment", "medium"),  # a weak literal is still live
    ("config/test.env", 3): ("generic-password-assignment", "medium"),
    ("maven/pom.xml", 6): ("generic-password-assignment", "medium"),
    ("ml/train_test.py", 6): ("cli-option-default-password", "medium"),
    ("k8s/flags-test-values.yaml", 3): ("launchdarkly-sdk-key", "high"),
    ("k8s/flags-test-values.yaml", 5): ("launchdarkly-sdk-key", "high"),
    ("k8s/flags-test-values.yaml", 6): ("launchdarkly-key-by-name", "high"),
}
SECRETS = {
    ("config/app_test.ini", 5): "Pelican1058$",
    ("config/test.env", 3): "pelican1575$",
    ("maven/pom.xml", 6): "copper4440$",
    ("ml/train_test.py", 6): "thistle2551#",
}
ORDER = ["info", "low", "medium", "high", "critical"]


def test_quick_miss_classes_are_reported_and_block(tmp_path: Path) -> None:
    d = FIX / "miss"
    code, found = scan_built_in(d, tmp_path)
    got = findings_by_line([f for f in found if f["severity"] != "info"], d)
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, (rule, floor) in MISSES.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index(floor), (where, f["severity"])
    for where, secret in SECRETS.items():  # the whole value, its trailing symbol included
        assert got[where]["secret"] == secret, (where, got[where]["secret"])
    assert code == 1


def test_quick_clean_shapes_stay_quiet(tmp_path: Path) -> None:
    """Placeholders and references under password keys, SealedSecret ciphertext, LaunchDarkly settings
    with no key in them: nothing at all, even at --fail-on info."""
    d = FIX / "clean"
    code, found = scan_built_in(d, tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_a_plain_secret_next_to_a_sealed_one_is_still_reported(tmp_path: Path) -> None:
    """Only the SealedSecret's encryptedData block is ciphertext: a plain Secret in the next document
    of the same file, and a SealedSecret's plaintext outside encryptedData, are still found."""
    sealed = (FIX / "clean" / "k8s" / "db-credentials-sealed-test.yaml").read_text()
    f = tmp_path / "scan" / "mixed-test.yaml"
    f.parent.mkdir()
    f.write_text(sealed + "---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: plain\nstringData:\n"
                 "  api_token: Zq81mXp0LrT7vKd2Wn5Yb3Hc\n")
    code, found = scan_built_in(f.parent, tmp_path)
    lines = sealed.count("\n")
    assert {x["line"] for x in found} == {lines + 7}, [(x["line"], x["rule_id"]) for x in found]
    assert code == 1
