"""A hyperscan engine that loses matches must never silence a rule (session 14).

python-hyperscan 0.7.23-0.9.1 bundle vectorscan 5.4.12, whose double-shufti acceleration loses matches
(VectorCamp/vectorscan#358, a regression from #325, fixed by #368): ``[\\r\\n][ \\t]*wp`` reports its match alone and
nothing beside ``[\\r\\n][ \\t]*x{18}``.  In the database of every rule that silenced network-device-clear-key on
the last line of Cisco AP configs (`` wpa-psk ascii 0 VALUE`` after a few lines).  credgate.linter.hsprobe runs a
known-answer probe once per engine build; on an engine that fails it the matcher takes the pure-Python path, and
small_block_db (IaC sniffing, decode runs) its plain search.  pyproject pins hyperscan<0.7.23 (vectorscan 5.4.11).

Fixtures: tests/fixtures/s14_hs_loss/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from credgate import records
from credgate.linter import hsprobe
from credgate.linter.matcher import Matcher, small_block_db
from credgate.linter.ruleset import RuleSet, load_ruleset
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14_hs_loss"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("wlan/ap-warehouse.cfg", 4): ("network-device-clear-key", "Pallet-Jack-7Rv"),
    ("wlan/ap-dock.cfg", 4): ("network-device-clear-key", "Forklift-Bay-22x"),
    ("wlan/ap-clinic.cfg", 4): ("network-device-clear-key",
                                "5f2a9c7e1b3d8046a2c4e6f80b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d"),
    ("wlan/ap-lobby.cfg", 7): ("network-device-clear-key", "Lobby-Guest-Qz84"),
}

# the reduced case (bench/hs_loss_repro.py): rule A's one match, lost beside rule B on vectorscan 5.4.12
REDUCED_A = r"[\r\n][ \t]*wp"
REDUCED_B = r"[\r\n][ \t]*xxxxxxxxxxxxxxxxxx"
REDUCED_DATA = b"y" * 16 + b"\n wp" + b"y" * 15


def _two_rule_set() -> RuleSet:
    rs = load_ruleset()
    base = next(r for r in rs.rules if r.id == "network-device-clear-key")
    a = records.replace(base, id="s14-reduced-a", regex=REDUCED_A, secret_group=0, paths=(), keywords=("wp",))
    b = records.replace(base, id="s14-reduced-b", regex=REDUCED_B, secret_group=0, paths=(), keywords=("xxxx",))
    return RuleSet(rules=[a, b])


@pytest.fixture
def fresh_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory and no remembered probe answer."""
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CREDGATE_MATCHER", raising=False)
    monkeypatch.setattr(hsprobe, "_memo", {})
    return tmp_path / "cache"


def test_reduced_case_is_reported_by_the_matcher(fresh_probe: Path) -> None:
    """The reduced case through credgate's own matcher (auto engine: hyperscan when sound, else Python)."""
    m = Matcher(_two_rule_set())
    got = [(m.ruleset.rules[x.rule_index].id, x.end) for x in m.find(REDUCED_DATA)]
    assert ("s14-reduced-a", 20) in got, (m.engine, got)


def test_ap_configs_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    _code, found = scan_built_in(root, tmp_path)
    got = {k: (f["rule_id"], f["secret"]) for k, f in findings_by_line(found, root).items()}
    assert got == HITS


def test_clean_ap_config_is_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [] and code == 0, [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]


def test_probe_knows_a_good_engine_from_a_bad_one() -> None:
    """The probe's answer agrees with the reduced case on the installed engine."""
    import hyperscan

    def ends(exprs: "list[bytes]") -> set:
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=[0] * len(exprs))
        out: set = set()
        db.scan(REDUCED_DATA, match_event_handler=lambda i, f, t, x, c: out.add((i, t)))
        return out

    loses = (0, 20) not in ends([REDUCED_A.encode(), REDUCED_B.encode()])
    assert (0, 20) in ends([REDUCED_A.encode()])
    assert hsprobe.probe(hyperscan) is not loses


def test_an_engine_that_loses_matches_is_not_used(fresh_probe: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hsprobe, "probe", lambda hs: False)
    m = Matcher(_two_rule_set())
    assert m.engine == "python"
    assert ("s14-reduced-a", 20) in [(m.ruleset.rules[x.rule_index].id, x.end) for x in m.find(REDUCED_DATA)]
    assert small_block_db([b"wp"]) is None  # IaC sniffing and decode runs take their plain search too
    # the answer is kept: the next process reads it instead of probing again
    monkeypatch.setattr(hsprobe, "_memo", {})
    monkeypatch.setattr(hsprobe, "probe", lambda hs: pytest.fail("probed twice"))
    assert Matcher(_two_rule_set()).engine == "python"
    # asked for by name it is used, but its database is never cached for the auto engine to load
    forced = Matcher(_two_rule_set(), engine="hyperscan")
    assert forced.engine == "hyperscan" and forced.engine_sound is False
    assert not list(fresh_probe.glob("hs-*.db"))


def test_a_sound_engine_is_used_and_cached(fresh_probe: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hsprobe, "probe", lambda hs: True)
    m = Matcher(_two_rule_set())
    assert m.engine == "hyperscan" and m.engine_sound
    assert list(fresh_probe.glob("hs-*.db"))
    monkeypatch.setattr(hsprobe, "_memo", {})
    monkeypatch.setattr(hsprobe, "probe", lambda hs: pytest.fail("probed on a warm cache"))
    assert Matcher(_two_rule_set()).engine == "hyperscan"  # warm database cache: no probe, no probe file read
