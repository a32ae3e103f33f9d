"""tests/rand.py: a test's drawn values repeat from run to run, differ between tests, and follow the seed."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests import rand
from tests.helpers import aws_pair

REPO = Path(__file__).resolve().parents[1]


def test_reseeding_repeats_the_draws_and_another_test_id_changes_them():
    rand.reseed("a")
    first = (aws_pair(), rand.token_hex(8), rand.uuid4())
    rand.reseed("a")
    assert (aws_pair(), rand.token_hex(8), rand.uuid4()) == first
    rand.reseed("b")
    assert aws_pair() != first[0]
    assert rand.uuid4().version == 4 and len(rand.token_bytes(5)) == 5 and 0 <= rand.randbelow(7) < 7


_PROBE = """
from tests.helpers import aws_pair
def test_probe():
    print("DRAWN", aws_pair()[1])
"""


def _drawn(tmp_path: Path, seed: str) -> str:
    probe = REPO / "tests" / f"test_zz_probe_{os.getpid()}.py"
    probe.write_text(_PROBE)
    try:
        p = subprocess.run([sys.executable, "-m", "pytest", "-s", "-p", "no:cacheprovider", str(probe)],
                           cwd=REPO, capture_output=True, text=True, timeout=120,
                           env=dict(os.environ, CREDGATE_TEST_SEED=seed))
    finally:
        probe.unlink()
    assert p.returncode == 0, p.stdout + p.stderr
    assert "CREDGATE_TEST_SEED=" + ("" if seed == "random" else seed) in p.stdout  # the header names it
    return re.search(r"DRAWN (\S+)", p.stdout).group(1)


def test_the_base_seed_decides_the_values_of_a_run(tmp_path):
    once = _drawn(tmp_path, "s1")
    assert _drawn(tmp_path, "s1") == once
    assert _drawn(tmp_path, "random") != once
