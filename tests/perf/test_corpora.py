"""The labelled corpora under tests/fixtures are reproducible: each generator, at its committed seed,
writes the committed files, labels and decoy list byte for byte (bench/corpora/README.md)."""
from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GEN = ROOT / "bench" / "corpora" / "gen.py"


def _tree(d: Path) -> dict[str, Path]:
    return {p.relative_to(d).as_posix(): p for p in d.rglob("*") if p.is_file()}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["holdout", "blind", "final", "fresh", "fresh2", "fresh3", "fresh4", "fresh5",
                                  "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
                                  "fresh11", "fresh12", "fresh13", "fresh14",
                                  "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
                                  "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                                  "fresh25", "fresh26", "fresh27", "fresh28", "fresh29",
                                  "fresh30", "fresh31", "fresh32", "fresh33", "fresh34",
                                  "fresh35", "fresh36", "fresh37"])
def test_generator_reproduces_the_committed_corpus(name, tmp_path):
    out, neg = tmp_path / "corpus", tmp_path / "negatives.json"
    proc = subprocess.run([sys.executable, str(GEN), name, "--out", str(out), "--negatives", str(neg)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    committed = ROOT / "tests" / "fixtures" / f"corpus_{name}"
    made, have = _tree(out), _tree(committed)
    assert sorted(made) == sorted(have)
    differ = [rel for rel in made if not filecmp.cmp(made[rel], have[rel], shallow=False)]
    assert differ == []
    assert neg.read_bytes() == (ROOT / "bench" / "corpora" / name / "negatives.json").read_bytes()


def test_a_different_seed_gives_different_values(tmp_path):
    out = tmp_path / "corpus"
    proc = subprocess.run([sys.executable, str(GEN), "final", "--seed", "another", "--out", str(out),
                           "--negatives", str(tmp_path / "n.json")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    committed = ROOT / "tests" / "fixtures" / "corpus_final"
    made, have = _tree(out), _tree(committed)
    assert sorted(made) == sorted(have)  # same files and labels layout ...
    assert (out / "labels.json").read_bytes() == (committed / "labels.json").read_bytes()
    assert any(not filecmp.cmp(made[r], have[r], shallow=False) for r in made)  # ... other values


def test_unknown_corpus_is_a_usage_error():
    proc = subprocess.run([sys.executable, str(GEN), "nosuch"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "holdout" in proc.stderr
