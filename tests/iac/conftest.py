from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "iac"


@pytest.fixture(scope="session")
def engine() -> Any:
    from credgate.config import Config
    from credgate.linter.engine import Engine

    return Engine(Config())


def scan_text(engine: Any, path: str, text: "str | bytes") -> tuple[list, list]:
    from credgate.models import Fragment

    data = text.encode() if isinstance(text, str) else text
    return engine.scan(Fragment(path=path, data=data))


def iac_rule(f: Any) -> str:
    """The IaC rule behind a finding, also when a pattern rule's finding absorbed it."""
    if f.rule_id.startswith("iac-"):
        return f.rule_id
    return str(f.extra.get("also_matched", f.rule_id))


def expected() -> list[dict]:
    return json.loads((FIXTURES / "expected.json").read_text())
