"""A typo on the command line is a usage error (exit 2, one line on stderr), never a clean scan."""
from __future__ import annotations

import pytest

from tests.helpers import run_credgate


@pytest.mark.parametrize("extra", [[], ["-q"], ["--format", "json"]])
def test_a_path_that_does_not_exist_is_a_usage_error(tmp_path, extra):
    (tmp_path / "real.txt").write_text("nothing here\n")
    missing = tmp_path / "no" / "such" / "path"
    proc = run_credgate(["dir", *extra, str(missing)], cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr.decode()
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and str(missing) in err[0] and "no such file or directory" in err[0]
    assert proc.stdout == b""
    # one real path next to a typo: still a usage error, naming only the typo
    proc = run_credgate(["dir", *extra, "real.txt", "typo.txt"], cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "credgate: error: no such file or directory: typo.txt"


def test_existing_paths_still_scan_clean(tmp_path):
    (tmp_path / "real.txt").write_text("nothing here\n")
    proc = run_credgate(["dir", "-q", "real.txt"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr.decode()


def test_baseline_commands_refuse_a_missing_path_too(tmp_path):
    proc = run_credgate(["baseline", "create", "nope"], cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "credgate: error: no such file or directory: nope"
    assert not (tmp_path / ".credgate-baseline.json").exists()
