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


@pytest.mark.parametrize("gate", [["--staged"], ["--range", "HEAD~1..HEAD"], ["--pre-push", "origin"]])
def test_a_change_gate_outside_a_repository_is_a_usage_error(tmp_path, gate):
    proc = run_credgate(["git", *gate], cwd=tmp_path, input=b"" if "--pre-push" in gate else None)
    assert proc.returncode == 2, (proc.stdout + proc.stderr).decode()
    err = proc.stderr.decode().strip().splitlines()
    assert len(err) == 1 and "not inside a git repository" in err[0]
    assert b"usage: git" not in proc.stdout + proc.stderr  # not git's own usage text


def test_disabled_rules_with_an_unknown_id_warns_and_names_the_near_miss(tmp_path):
    (tmp_path / "a.txt").write_text("nothing here\n")
    (tmp_path / "c.toml").write_text('disabled_rules = ["generic-pasword-assignment", "iac-k8s-secret-data"]\n')
    proc = run_credgate(["dir", "a.txt", "--config", "c.toml"], cwd=tmp_path)
    out = (proc.stdout + proc.stderr).decode()
    assert proc.returncode == 0
    assert "'generic-pasword-assignment'" in out and "did you mean 'generic-password-assignment'" in out
    assert "iac-k8s-secret-data'" not in out  # a real (IaC) rule id is not unknown
