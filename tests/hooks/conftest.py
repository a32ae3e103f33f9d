"""Fixtures for git source tests: small real repositories made with the git CLI."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import aws_pair, git, init_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return init_repo(tmp_path / "repo")


@pytest.fixture
def engine():
    from credgate.config import Config
    from credgate.linter.engine import Engine

    return Engine(Config())


def aws_file(key_id: str = "", secret: str = "") -> str:
    if not key_id:
        key_id, secret = aws_pair()
    return f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n'


def scan(engine, items):
    """Run fragments through the engine; return (findings, skips)."""
    from credgate.models import Skip

    findings, skips = [], []
    for it in items:
        if isinstance(it, Skip):
            skips.append(it)
            continue
        f, s = engine.scan(it)
        findings.extend(f)
        skips.extend(s)
    return findings, skips


def stage(repo: Path, rel: str, content) -> None:
    p = repo / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(content.encode() if isinstance(content, str) else content)
    git(repo, "add", "--", rel)
