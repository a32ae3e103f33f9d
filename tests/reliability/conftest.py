"""Shared fixtures for the reliability suite: the planted-secret corpus and a CLI runner."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Optional, Sequence

import pytest

from tests.reliability import corpus

REPO_ROOT = Path(__file__).resolve().parents[2]


def cli(args: Sequence[str], cwd: Optional[Path] = None, env: Optional[dict] = None,
        input: Optional[bytes] = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """The real CLI in a subprocess; text output; never inherits a debugging environment by accident."""
    e = {k: v for k, v in os.environ.items() if k not in ("CREDGATE_DEBUG", "CREDGATE_RULE_TIMEOUT")}
    e["NO_COLOR"] = "1"
    e["CREDGATE_PROGRESS"] = "0"
    e.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "credgate", *args], cwd=cwd, input=input,
                          capture_output=True, env=e, timeout=timeout)
    proc.out = proc.stdout.decode("utf-8", "replace")  # type: ignore[attr-defined]
    proc.err = proc.stderr.decode("utf-8", "replace")  # type: ignore[attr-defined]
    assert "Traceback (most recent call last)" not in proc.err, proc.err[-3000:]
    return proc


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus") / "corpus"
    return root, corpus.build(root)
