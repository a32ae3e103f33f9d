"""The key-name filters (credgate/linter/filters.py, credgate/iac/names.py) against two lists: ~390 names that
hold credentials in well-known tools' docs and frameworks' settings (credential_key_names.txt) and ~100 names
under a credential word that hold no secret (non_credential_key_names.txt).  A machine-random value, drawn at
run time, is reported (medium or above) under each credential name and under no non-credential name."""
from __future__ import annotations

import string
from pathlib import Path

from tests import rand
from tests.helpers import findings_by_line, scan_built_in

HERE = Path(__file__).parent
_CLASSES = (string.ascii_lowercase, string.ascii_uppercase, string.digits)
# credential names a random value is not reported under yet (a gap to close, not a decision): asserted as they
# are, so a fix elsewhere that closes one must take it off this list
# (session 10: found by this list, left to the key-name work on the generic rules and triage; the license keys
# closed by s10-gaps: the generic rules read license[_.-]key)
# (session 17: vendor-key-name-machine-value reads a machine-drawn value under any name ending in "key", which
# closed APP_KEY, LARAVEL_APP_KEY, DATADOG_APP_KEY, DD_APP_KEY, AZURE_STORAGE_ACCOUNT_KEY, AccountKey,
# service_account_key and LOGDNA_INGESTION_KEY)
KNOWN_GAPS: frozenset[str] = frozenset(
    """AZURE_DEVOPS_PAT AZURE_DEVOPS_EXT_PAT CR_PAT PAT sonar.login""".split())
# non-credential names a random value is still reported under (same status as KNOWN_GAPS): password flags, read
# by the config-password rules (yaml-config-password ...), which do not consult the generic rules' key filter
KNOWN_FALSE: frozenset[str] = frozenset({"has_password", "hasPassword", "show_password"})


def _names(fname: str) -> list[str]:
    lines = (HERE / fname).read_text().splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def _random_value(n: int = 24) -> str:
    # machine-random: every character class throughout, the class changing every one or two characters
    return "".join(rand.choice(_CLASSES[(i // 2 + rand.randbelow(2)) % 3]) for i in range(n))


def _reported(tmp_path: Path, names: list[str]) -> dict[str, str]:
    # one settings file per name (one scan): names in one file would judge each other (an API key beside an
    # API secret is the pair's public half, filters.paired_api_key)
    root = tmp_path / "svc"
    for i, name in enumerate(names):
        (root / f"s{i}").mkdir(parents=True)
        (root / f"s{i}" / "settings.yml").write_text(f'service: billing\n{name}: "{_random_value()}"\n')
    _, found = scan_built_in(root, tmp_path)
    by_line = findings_by_line(found, root)
    return {name: by_line[(f"s{i}/settings.yml", 2)]["severity"]
            for i, name in enumerate(names) if (f"s{i}/settings.yml", 2) in by_line}


def test_lists_are_sizeable_and_disjoint() -> None:
    cred, non = _names("credential_key_names.txt"), _names("non_credential_key_names.txt")
    assert len(cred) >= 300 and len(non) >= 80
    assert not set(cred) & set(non)
    assert len(set(cred)) == len(cred) and len(set(non)) == len(non)


def test_every_credential_name_reports_a_random_value(tmp_path: Path) -> None:
    names = _names("credential_key_names.txt")
    got = _reported(tmp_path, names)
    missed = {n for n in names if got.get(n) not in ("medium", "high", "critical")}
    assert missed == KNOWN_GAPS


def test_no_non_credential_name_reports_a_random_value(tmp_path: Path) -> None:
    got = _reported(tmp_path, _names("non_credential_key_names.txt"))
    assert {n for n, s in got.items() if s != "info"} == KNOWN_FALSE
